// PLACEHOLDER until the EAP snippets land.
import type { Snippet } from '../catalogue/types';

export const eapSnippets: readonly Snippet[] = [];
