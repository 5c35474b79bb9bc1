import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSignManifest } from '../../domain/sign-language/manifest.ts';
import { manifestSyntaxFinding } from '../sign-language/manifest-syntax.ts';

/** Maximum number of problems the warning lists. The checker lists them all. */
const MAX_LOGGED_PROBLEMS = 5;

/** A warning for the server log about the manifest of the sign-language folder. */
export interface SignManifestWarning {
  message: string;
  /** Log fields: where the fault is and how to list every fault. Of the file's text, only the JSON locations of problems. */
  fields: Record<string, unknown>;
}

/**
 * Reads manifest.json in the served sign-language folder and returns a warning when it is
 * missing, unreadable, not JSON or not in the manifest format, because then the app loads no
 * sign-language clip although the folder is served. Returns undefined for a valid manifest.
 *
 * The fields name the line and column of a JSON error and the kind and location of each format
 * problem, never the parser's message, which may quote the file.
 */
export function signManifestWarning(folder: string): SignManifestWarning | undefined {
  const manifestPath = join(folder, 'manifest.json');
  const command = `npm run sign-language:check -- ${folder}`;

  let text: string;
  try {
    // The app's fetch drops a byte order mark before the JSON, so it is no fault here either.
    text = readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    if (code === 'ENOENT') {
      return {
        message: 'sign-language manifest.json is missing, so the app shows no sign-language clips. Add manifest.json (docs/sign-language.md), then run the checker.',
        fields: { manifestPath, command },
      };
    }
    return {
      message: 'sign-language manifest.json cannot be read, so the app shows no sign-language clips. Check that the server user may read it.',
      fields: { manifestPath, code },
    };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = manifestSyntaxFinding('manifest.json', text, error).details;
    return {
      message: 'sign-language manifest.json is not valid JSON, so the app shows no sign-language clips. Run the checker to see what to fix.',
      fields: { manifestPath, line, column, command },
    };
  }

  const parsed = parseSignManifest(json);
  if (parsed.ok) return undefined;
  return {
    message: 'sign-language manifest.json is not a valid loket-sign-language/1 manifest, so the app shows no sign-language clips. Run the checker to see what to fix.',
    fields: {
      manifestPath,
      problemCount: parsed.problems.length,
      problems: parsed.problems.slice(0, MAX_LOGGED_PROBLEMS).map(({ kind, path }) => ({ kind, path: path || '/' })),
      command,
    },
  };
}
