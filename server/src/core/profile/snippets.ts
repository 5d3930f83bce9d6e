// PLACEHOLDER until the profile snippets land.
import type { Snippet } from '../catalogue/types';

export const profileSnippets: readonly Snippet[] = [];
