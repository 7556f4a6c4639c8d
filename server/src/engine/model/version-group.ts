// The language versions of one policy, as grouped by align/ and read by the extractors, the
// rules and the callers. It lives beside the document model because every layer above it shares
// it: alignment makes it, retention and the rules read it, the server and the CLI pass it in.
import type { PolicyDocument } from './document.js';

/** One language version: a document, or one `<!-- lang: xx -->` part of it. */
export interface VersionMember {
  doc: PolicyDocument;
  /** The index of the version part inside the document (0 when the file holds one version). */
  part: number;
  lang: string | null;
  primary: boolean;
}

/** The other language versions of a document's policy, when they are known. */
export interface VersionGroup {
  /** This document's version and its counterparts, the primary first. */
  members: VersionMember[];
}
