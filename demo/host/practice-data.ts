/** Made-up practice data for the fake app's screens; every patient here is fictional. */

export interface Appointment {
  time: string;
  patient: string;
  kind: string;
  practitioner: string;
}

export interface Patient {
  name: string;
  born: string;
  insurance: string;
  lastVisit: string;
}

export interface Invoice {
  number: string;
  patient: string;
  date: string;
  amount: number;
  status: 'offen' | 'bezahlt' | 'gemahnt';
}

export interface PracticeData {
  appointments: Appointment[];
  patients: Patient[];
  invoices: Invoice[];
  /** The practitioners that exist before anyone uses the demo, and the licence quota they count against. */
  practitioners: { name: string; field: string }[];
  specialties: string[];
  /** Names the "Behandler anlegen" form suggests, so clicking through the quota case needs no typing. */
  newNames: string[];
  quota: number;
}

const BERGER: PracticeData = {
  appointments: [
    { time: '08:00', patient: 'Helga Sommer', kind: 'Blutabnahme', practitioner: 'Dr. Anna Berger' },
    { time: '08:20', patient: 'Jürgen Maaß', kind: 'Check-up 35', practitioner: 'Dr. Anna Berger' },
    { time: '09:00', patient: 'Ayşe Demir', kind: 'Impfung (Grippe)', practitioner: 'Dr. Paul Krüger' },
    { time: '09:40', patient: 'Lukas Brandt', kind: 'Akutsprechstunde', practitioner: 'Dr. Paul Krüger' },
    { time: '10:30', patient: 'Marianne Vogt', kind: 'Hausbesuch', practitioner: 'Dr. Anna Berger' },
    { time: '11:15', patient: 'Tobias Engel', kind: 'Befundbesprechung', practitioner: 'Dr. Lea Wagner' },
  ],
  patients: [
    { name: 'Sommer, Helga', born: '12.03.1951', insurance: 'AOK Bayern', lastVisit: 'heute' },
    { name: 'Maaß, Jürgen', born: '02.11.1978', insurance: 'TK', lastVisit: 'heute' },
    { name: 'Demir, Ayşe', born: '27.06.1990', insurance: 'BARMER', lastVisit: '14.05.' },
    { name: 'Brandt, Lukas', born: '09.01.2001', insurance: 'privat', lastVisit: '02.05.' },
    { name: 'Vogt, Marianne', born: '30.08.1939', insurance: 'DAK', lastVisit: '28.04.' },
    { name: 'Engel, Tobias', born: '15.02.1985', insurance: 'IKK classic', lastVisit: '11.04.' },
  ],
  invoices: [
    { number: 'R-2025-0412', patient: 'Brandt, Lukas', date: '02.05.2025', amount: 86.43, status: 'offen' },
    { number: 'R-2025-0398', patient: 'Engel, Tobias', date: '11.04.2025', amount: 142.1, status: 'bezahlt' },
    { number: 'R-2025-0371', patient: 'Privat, Selbstzahler', date: '27.03.2025', amount: 53.62, status: 'gemahnt' },
  ],
  practitioners: [
    { name: 'Dr. Anna Berger', field: 'Allgemeinmedizin' },
    { name: 'Dr. Paul Krüger', field: 'Innere Medizin' },
    { name: 'Dr. Lea Wagner', field: 'Allgemeinmedizin' },
    { name: 'Dr. Jan Albers', field: 'Innere Medizin' },
    { name: 'Dr. Nora Scholz', field: 'Kinder- und Jugendmedizin' },
    { name: 'Dr. Emil Hahn', field: 'Allgemeinmedizin' },
    { name: 'Dr. Clara Busch', field: 'Psychosomatik' },
    { name: 'Dr. Ole Winter', field: 'Allgemeinmedizin' },
  ],
  specialties: ['Allgemeinmedizin', 'Innere Medizin', 'Kinder- und Jugendmedizin', 'Psychosomatik'],
  newNames: ['Dr. Mia Roth', 'Dr. Finn Kaiser', 'Dr. Ida Pauls', 'Dr. Max Horn'],
  quota: 10,
};

const SEE: PracticeData = {
  appointments: [
    { time: '07:30', patient: 'Monika Pohl', kind: 'Krankengymnastik', practitioner: 'Lena Hoffmann' },
    { time: '08:00', patient: 'Stefan Ries', kind: 'Manuelle Therapie', practitioner: 'Jonas Weber' },
    { time: '08:30', patient: 'Greta Lindner', kind: 'Lymphdrainage 45 min', practitioner: 'Lena Hoffmann' },
    { time: '09:15', patient: 'Karl Beck', kind: 'KG am Gerät', practitioner: 'Jonas Weber' },
    { time: '10:00', patient: 'Sina Albrecht', kind: 'Befundaufnahme', practitioner: 'Mara Köhler' },
  ],
  patients: [
    { name: 'Pohl, Monika', born: '04.04.1962', insurance: 'AOK Baden-Württemberg', lastVisit: 'heute' },
    { name: 'Ries, Stefan', born: '19.09.1974', insurance: 'TK', lastVisit: 'heute' },
    { name: 'Lindner, Greta', born: '23.12.1948', insurance: 'BARMER', lastVisit: '13.05.' },
    { name: 'Beck, Karl', born: '01.07.1958', insurance: 'privat', lastVisit: '09.05.' },
    { name: 'Albrecht, Sina', born: '08.02.1996', insurance: 'hkk', lastVisit: 'neu' },
  ],
  invoices: [
    { number: 'R-2025-0177', patient: 'Beck, Karl', date: '09.05.2025', amount: 312.0, status: 'offen' },
    { number: 'R-2025-0169', patient: 'Lindner, Greta', date: '30.04.2025', amount: 24.5, status: 'bezahlt' },
  ],
  practitioners: [
    { name: 'Lena Hoffmann', field: 'Physiotherapie' },
    { name: 'Jonas Weber', field: 'Manuelle Therapie' },
    { name: 'Mara Köhler', field: 'Physiotherapie' },
    { name: 'Timo Graf', field: 'Lymphdrainage' },
    { name: 'Eva Schuster', field: 'Physiotherapie' },
    { name: 'Nils Kramer', field: 'Sportphysiotherapie' },
    { name: 'Pia Lorenz', field: 'Ergotherapie' },
    { name: 'Ben Arnold', field: 'Physiotherapie' },
    { name: 'Rosa Haas', field: 'Manuelle Therapie' },
  ],
  specialties: ['Physiotherapie', 'Manuelle Therapie', 'Lymphdrainage', 'Sportphysiotherapie', 'Ergotherapie'],
  newNames: ['Luca Brenner', 'Hanna Sauer', 'Emre Aydin', 'Jule Petersen'],
  quota: 10,
};

const BY_ORG: Record<string, PracticeData> = { 'org-berger': BERGER, 'org-see': SEE };

export function practiceData(orgId: string): PracticeData {
  return BY_ORG[orgId] ?? BERGER;
}


/** The practice's customer number with the vendor, as the settings page shows it (and the licence request sends it). */
export function customerNumber(orgId: string): string {
  return orgId === 'org-see' ? 'K-20417' : 'K-10382';
}
