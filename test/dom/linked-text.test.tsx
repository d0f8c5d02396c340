import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LinkedText } from '../../src/ui/shared/LinkedText';

const shown = (text: string) => {
  const root = document.createElement('div');
  render(<LinkedText text={text} />, root);
  return root;
};

describe('LinkedText', () => {
  it('links http(s) addresses, leaves sentence punctuation and everything else as text', () => {
    const root = shown('Siehe https://hilfe.example/drucker?x=1. Oder <b>javascript:alert(1)</b> und http://a.example/b), bitte.');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['https://hilfe.example/drucker?x=1', 'https://hilfe.example/drucker?x=1', '_blank', 'noopener noreferrer'],
      ['http://a.example/b', 'http://a.example/b', '_blank', 'noopener noreferrer'],
    ]);
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toBe('Siehe https://hilfe.example/drucker?x=1. Oder <b>javascript:alert(1)</b> und http://a.example/b), bitte.');
  });
});
