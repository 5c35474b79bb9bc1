import type { HolidayCalendarYear } from './calendar/holiday-calendar.ts';
import type { AttachmentLimits } from './attachments/limits.ts';
import type { IdleSettings } from './idle-settings.ts';
import type { BraillePagePreset } from './braille/page-size.ts';

/**
 * The deployment's configuration as `GET /api/v1/config` serves it to devices. The server
 * reads it from a JSON file that a city edits without touching code.
 */
export interface Agency {
  /** Short code used in registration numbers, such as DISKOMINFO. */
  code: string;
  /** Official Indonesian name. */
  name: string;
  /** English name where the city gives one; otherwise screens show the Indonesian name. */
  nameEn?: string;
  /** The PPID Utama coordinates; each PPID Pelaksana answers for one agency. */
  role: 'utama' | 'pelaksana';
  /**
   * True for an agency that no longer takes new requests. Devices stop offering it, but it
   * stays listed so receipts still show its name, and the server still accepts requests to it
   * that devices queued while offline.
   */
  retired?: boolean;
}

export interface KioskConfig {
  /** Name of the public body, shown on the start screen and the receipt. */
  body: string;
  /** IANA time zone of the agency: receipts show dates in it (Asia/Jakarta is WIB). */
  timeZone: string;
  /** Short name of that zone as printed on receipts (WIB, WITA or WIT). */
  timeZoneLabel: string;
  agencies: Agency[];
  /** Pattern of registration numbers (see registration-number.ts); devices format block numbers with it. */
  registrationPattern: string;
  /** Holiday calendars by year, for working-day deadlines; a missing year makes deadlines estimates. */
  calendars: HolidayCalendarYear[];
  /**
   * Public address of this deployment, such as https://loket.tangerangkota.go.id, for the QR
   * code on receipts. Without it the QR code uses the address the device loaded Loket from.
   */
  publicUrl?: string;
  /**
   * Settings for devices on the kiosk channel. The server always sends them, with defaults
   * filled in; a configuration cached by an older server version lacks them.
   */
  kiosk?: KioskChannelSettings;
  /**
   * Kecamatan (districts) and their kelurahan (villages), for the place of a complaint. The
   * server always sends them; a configuration cached by an older server version lacks them.
   */
  districts?: District[];
  /** Categories a complaint can be filed under, such as roads or health services. */
  complaintCategories?: ComplaintCategory[];
  /** Limits on attachments; resolveAttachmentLimits fills in defaults. */
  attachments?: AttachmentLimits;
  /**
   * Braille output. The server always sends it. A configuration cached by an older server
   * version lacks it, so devices then use the BRF page size and offer only downloads.
   */
  braille?: BrailleSettings;
}

/** Braille printing settings of this deployment. */
export interface BrailleSettings {
  /** The page size braille documents are laid out in unless the user picks another. */
  pageSize: BraillePagePreset;
  /** The intake server has a raw print queue for an embosser, so devices may send print jobs. */
  embosser: boolean;
}

/** A kecamatan and its kelurahan, by their official Indonesian names. */
export interface District {
  name: string;
  villages: string[];
}

export interface ComplaintCategory {
  /** Stable code stored with the complaint. */
  code: string;
  name: string;
  nameEn?: string;
}

export interface KioskChannelSettings {
  /** When an untouched kiosk warns and then returns to its attract screen (idle-settings.ts). */
  idle: IdleSettings;
}

/** Returns the agencies a visitor may choose for a new request: all but the retired ones. */
export function offeredAgencies(config: Pick<KioskConfig, 'agencies'>): Agency[] {
  return config.agencies.filter((agency) => agency.retired !== true);
}

export function agencyName(config: Pick<KioskConfig, 'agencies'>, code: string, locale: string): string {
  const agency = config.agencies.find((candidate) => candidate.code === code);
  if (!agency) return code;
  return locale === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}

export function complaintCategoryName(config: Pick<KioskConfig, 'complaintCategories'>, code: string, locale: string): string {
  const category = config.complaintCategories?.find((candidate) => candidate.code === code);
  if (!category) return code;
  return locale === 'en' && category.nameEn ? category.nameEn : category.name;
}
