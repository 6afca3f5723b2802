/** Named limits and settings shared by the schema (no magic numbers in type files). */

/** API version for validation queries and desk lists (perspective-aware API). */
export const API_VERSION = '2025-02-19';

/** Search engines cut titles and descriptions off beyond these lengths. */
export const SEO_TITLE_MAX_LENGTH = 60;
export const SEO_DESCRIPTION_MIN_LENGTH = 50;
export const SEO_DESCRIPTION_MAX_LENGTH = 160;

/** Recommended minimum size of share images (Open Graph). */
export const SHARE_IMAGE_MIN_WIDTH = 1200;
export const SHARE_IMAGE_MIN_HEIGHT = 630;

/** Slugs become URL segments; keep them short and readable. */
export const SLUG_MAX_LENGTH = 96;

/** A welcome guide whose facts were last checked longer ago than this is flagged. */
export const REVIEW_MAX_AGE_MONTHS = 12;

/** Rows shown in multi-line text inputs. */
export const TEXT_ROWS_SHORT = 3;
export const TEXT_ROWS_LONG = 5;

/** A welcome guide needs at least this many sources (official pages, laws, offices). */
export const MIN_GUIDE_SOURCES = 1;

/** German postcodes have exactly five digits. */
export const POSTCODE_PATTERN = /^\d{5}$/;

/** Years accepted for key figures and yearly results. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Maximum search radius for the job search widget, in kilometres. */
export const MAX_JOB_SEARCH_RADIUS_KM = 200;

/** Stable ids of key figures and data series (referenced by the site). */
export const KEY_PATTERN = /^[a-z][a-zA-Z0-9-]*$/;

/** Phone numbers as editors type them: digits with optional leading +, spaces, (), / and -. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]*[0-9]$/;

/** A plausible e-mail address (the mail server has the final word). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Schemes accepted for external web addresses (`url` fields). */
export const WEB_SCHEMES = ['https', 'http'];
