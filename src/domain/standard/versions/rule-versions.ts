import type { RuleVersion } from '../rule-version.js';
import { STANDARD_2011 } from './standard-2011.js';

// The versions the product knows, oldest first. A new legal text is added here as a new entry;
// existing entries are never edited (cases already served keep their rules).
export const RULE_VERSIONS: readonly RuleVersion[] = [STANDARD_2011];
