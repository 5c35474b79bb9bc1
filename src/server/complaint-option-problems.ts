import type { ComplaintCategory, District } from '../domain/config.ts';
import { isNonEmptyString, isPlainObject } from './json-values.ts';

/** Category codes are stored with each complaint and exported, so they follow the agency code rule. */
export const COMPLAINT_CATEGORY_CODE = /^[A-Z0-9-]+$/;

const CATEGORY_KEYS = ['code', 'name', 'nameEn'];
const DISTRICT_KEYS = ['name', 'villages'];

/** Lists what is wrong with `complaintCategories` in loket.json; an empty list is allowed. */
export function findComplaintCategoryProblems(categories: unknown): string[] {
  if (!Array.isArray(categories)) return ['"complaintCategories" must be an array'];

  const problems: string[] = [];
  const seen = new Set<string>();
  categories.forEach((category: unknown, index) => {
    const key = `complaintCategories[${index}]`;
    if (!isPlainObject(category)) {
      problems.push(`"${key}" must be an object`);
      return;
    }
    for (const name of Object.keys(category)) {
      if (!CATEGORY_KEYS.includes(name)) problems.push(`unknown key "${key}.${name}" (allowed: ${CATEGORY_KEYS.join(', ')})`);
    }

    if (typeof category.code !== 'string' || !COMPLAINT_CATEGORY_CODE.test(category.code)) {
      problems.push(`"${key}.code" must match ${COMPLAINT_CATEGORY_CODE} (capital letters, digits and -)`);
    } else if (seen.has(category.code)) {
      problems.push(`"${key}.code" "${category.code}" is used by an earlier category; codes must be unique`);
    } else {
      seen.add(category.code);
    }

    if (!isNonEmptyString(category.name)) problems.push(`"${key}.name" must be a non-empty string`);
    if (category.nameEn !== undefined && !isNonEmptyString(category.nameEn)) problems.push(`"${key}.nameEn" must be a non-empty string when present`);
  });
  return problems;
}

/**
 * Lists what is wrong with `districts` in loket.json. A visitor's answer is trimmed before it
 * is compared with these names, so a name with leading or trailing spaces could never match.
 */
export function findDistrictProblems(districts: unknown): string[] {
  if (!Array.isArray(districts)) return ['"districts" must be an array'];

  const problems: string[] = [];
  const seen = new Set<string>();
  districts.forEach((district: unknown, index) => {
    const key = `districts[${index}]`;
    if (!isPlainObject(district)) {
      problems.push(`"${key}" must be an object`);
      return;
    }
    for (const name of Object.keys(district)) {
      if (!DISTRICT_KEYS.includes(name)) problems.push(`unknown key "${key}.${name}" (allowed: ${DISTRICT_KEYS.join(', ')})`);
    }

    if (!isTrimmedName(district.name)) {
      problems.push(`"${key}.name" must be a non-empty string without leading or trailing spaces`);
    } else if (seen.has(district.name)) {
      problems.push(`"${key}.name" "${district.name}" is used by an earlier district; names must be unique`);
    } else {
      seen.add(district.name);
    }
    problems.push(...findVillageProblems(district.villages, `${key}.villages`));
  });
  return problems;
}

function findVillageProblems(villages: unknown, key: string): string[] {
  if (!Array.isArray(villages) || villages.length === 0) return [`"${key}" must be a non-empty array of kelurahan names`];

  const problems: string[] = [];
  const seen = new Set<string>();
  villages.forEach((village: unknown, index) => {
    if (!isTrimmedName(village)) {
      problems.push(`"${key}[${index}]" must be a non-empty string without leading or trailing spaces`);
    } else if (seen.has(village)) {
      problems.push(`"${key}[${index}]" "${village}" is listed earlier in the same district; names must be unique`);
    } else {
      seen.add(village);
    }
  });
  return problems;
}

function isTrimmedName(value: unknown): value is string {
  return isNonEmptyString(value) && value.trim() === value;
}

/** Copies the known keys, leaving out `nameEn` when absent. */
export function toComplaintCategory({ code, name, nameEn }: ComplaintCategory): ComplaintCategory {
  return nameEn === undefined ? { code, name } : { code, name, nameEn };
}

export function toDistrict({ name, villages }: District): District {
  return { name, villages: [...villages] };
}
