/**
 * @file Measure 13 in words: the kinds of meeting with residents and the categories of participants, with their
 * Russian labels, and the limits the form and the API share (place, agenda, decisions, buildings, tasks, files).
 */

/** The same list as the schema's MEETING_KINDS (shared/db/schema-reports.ts; a test holds them equal). */
export const MEETING_KINDS = ['elders', 'initiative_group', 'council_chairs', 'forum', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  elders: 'Встреча со старшими по домам',
  initiative_group: 'Встреча с инициативной группой',
  council_chairs: 'Встреча с председателями советов МКД',
  forum: 'Форум «Управдом»',
  other: 'Другая встреча с жителями',
};

export const PARTICIPANT_CATEGORIES = [
  'elders',
  'council_chairs',
  'initiative_group',
  'residents',
  'uk',
  'administration',
] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];
export type Participants = Record<ParticipantCategory, number>;

export const PARTICIPANT_LABELS: Record<ParticipantCategory, string> = {
  elders: 'Старшие по домам',
  council_chairs: 'Председатели советов МКД',
  initiative_group: 'Члены инициативных групп',
  residents: 'Жители',
  uk: 'Представители УК',
  administration: 'Представители администрации',
};

export const MEETING_LIMITS = {
  place: 300,
  agenda: 4000,
  decisions: 4000,
  buildings: 200,
  participantsPerCategory: 10_000,
  taskText: 1000,
  taskOwner: 200,
  filesPerCall: 10,
  /** A protocol scan: PDF, JPEG or PNG up to 20 MB (and within the administrator's upload limit). */
  fileBytes: 20 * 1024 * 1024,
  /** A planned meeting may be entered up to a year ahead. */
  daysAhead: 366,
} as const;

export function emptyParticipants(): Participants {
  return { elders: 0, council_chairs: 0, initiative_group: 0, residents: 0, uk: 0, administration: 0 };
}

export function participantsTotal(p: Participants): number {
  return PARTICIPANT_CATEGORIES.reduce((s, c) => s + p[c], 0);
}

/** «старшие по домам — 3, жители — 12» (categories with nobody are left out); «участники не указаны». */
export function participantsText(p: Participants): string {
  const parts = PARTICIPANT_CATEGORIES.filter((c) => p[c] > 0).map(
    (c) => `${PARTICIPANT_LABELS[c].toLowerCase()} — ${p[c]}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'участники не указаны';
}

/** Reads the stored JSON, keeping only known categories with whole non-negative counts. */
export function parseParticipants(json: string): Participants {
  const out = emptyParticipants();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return out;
  }
  if (raw && typeof raw === 'object') {
    for (const c of PARTICIPANT_CATEGORIES) {
      const v = (raw as Record<string, unknown>)[c];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) out[c] = v;
    }
  }
  return out;
}
