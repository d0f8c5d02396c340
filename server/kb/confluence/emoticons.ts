/** Confluence's named emoticons from before emoji ids (`<ac:emoticon ac:name="tick"/>`), as Unicode. */
const NAMED: Record<string, string> = {
  smile: '🙂', sad: '🙁', cheeky: '😛', laugh: '😀', wink: '😉', 'thumbs-up': '👍', 'thumbs-down': '👎',
  information: 'ℹ️', tick: '✅', cross: '❌', warning: '⚠️', plus: '➕', minus: '➖', question: '❓',
  'light-on': '💡', 'light-off': '💡', 'yellow-star': '⭐', 'red-star': '⭐', 'green-star': '⭐', 'blue-star': '⭐', heart: '❤️', 'broken-heart': '💔',
};

function fromEmojiId(id: string | undefined): string {
  if (!id || !/^[0-9a-f]{2,6}(-[0-9a-f]{2,6})*$/i.test(id)) return '';
  const points = id.split('-').map((hex) => Number.parseInt(hex, 16));
  return points.every((p) => p <= 0x10ffff && !(p >= 0xd800 && p <= 0xdfff)) ? String.fromCodePoint(...points) : '';
}

/**
 * The character for an emoticon: its `ac:emoji-fallback` when that is a character rather than a `:shortname:`
 * (custom emoji have no character), else the emoji id, else the legacy name; '' when none applies.
 */
export function emoticonText(attribs: Record<string, string>): string {
  const fallback = attribs['ac:emoji-fallback']?.trim() ?? '';
  if (fallback !== '' && !/^:.*:$/.test(fallback)) return fallback;
  return fromEmojiId(attribs['ac:emoji-id']) || (NAMED[attribs['ac:name'] ?? ''] ?? '');
}
