// Language versions: grouping, clause alignment and counterparts. What the server and other rules
// use from here; the rest of align/ is how it is done.
export {
  groupVersions,
  inFileGroup,
  versionsOf,
  memberAt,
  primaryOf,
  type VersionMember,
  type GroupingConfig,
} from './group.js';
export { alignVersions, releaseAlignments } from './alignment.js';
export { counterpartClause, counterpartsAt, type Counterpart } from './counterpart.js';
export { groupForDocument, pairsToCheck, type CheckedPair } from './checks.js';
export { TRANSLATE_MARKER } from './insert.js';
export type {
  Alignment,
  ClauseLink,
  SectionLink,
  SegmentLink,
  UnpairedClause,
  Unpaired,
  LinkBasis,
  Side,
} from './types.js';
