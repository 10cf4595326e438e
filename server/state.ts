/**
 * What every screen of a live classroom sees (the projector and each phone): the room's code, its
 * teams, who sits where, the open vote with its counts and the self-check's progress. Who voted for
 * what is never in here: the room keeps that to itself, and only the counts are shared.
 */
import { ArraySchema, MapSchema, schema } from '@colyseus/schema';
import type { SchemaType } from '@colyseus/schema';

export const TeamState = schema(
  {
    id: { type: 'string', default: '' },
    name: { type: 'string', default: '' },
    colour: { type: 'string', default: '' },
  },
  'TeamState',
);
export type TeamState = SchemaType<typeof TeamState>;

export const PhoneState = schema(
  {
    name: { type: 'string', default: '' },
    team: { type: 'string', default: '' },
    connected: { type: 'boolean', default: false },
  },
  'PhoneState',
);
export type PhoneState = SchemaType<typeof PhoneState>;

export const TextState = schema(
  {
    fr: { type: 'string', default: '' },
    en: { type: 'string', default: '' },
  },
  'TextState',
);
export type TextState = SchemaType<typeof TextState>;

export const OptionState = schema(
  {
    id: { type: 'string', default: '' },
    fr: { type: 'string', default: '' },
    en: { type: 'string', default: '' },
    count: { type: 'number', default: 0 },
  },
  'OptionState',
);
export type OptionState = SchemaType<typeof OptionState>;

export const VoteState = schema(
  {
    /** '' while no vote has been opened. */
    id: { type: 'string', default: '' },
    open: { type: 'boolean', default: false },
    question: TextState,
    options: { array: OptionState },
    /** The teams that vote; empty when every team does. */
    teams: { array: 'string' },
    voters: { type: 'number', default: 0 },
  },
  'VoteState',
);
export type VoteState = SchemaType<typeof VoteState>;

export const SelfCheckState = schema(
  {
    /** '' while closed, else the moment being asked about. */
    open: { type: 'string', default: '' },
    answered: { type: 'number', default: 0 },
  },
  'SelfCheckState',
);
export type SelfCheckState = SchemaType<typeof SelfCheckState>;

export const ClassroomState = schema(
  {
    code: { type: 'string', default: '' },
    locked: { type: 'boolean', default: false },
    teams: { array: TeamState },
    /** Keyed by seat id ("s1", "s2"…), which says nothing about the phone. */
    phones: { map: PhoneState },
    vote: VoteState,
    selfCheck: SelfCheckState,
  },
  'ClassroomState',
);
export type ClassroomState = SchemaType<typeof ClassroomState>;

export { ArraySchema, MapSchema };
