/**
 * The alliance hub and the members page, computed once per build from the site data (memoised per
 * SiteData object): action fields with their projects and documents, the managing member.
 * Framework-free.
 */
import { defaultLanguage, type LanguageId } from './i18n/index.ts';
import { slugify } from '../studio/schemaTypes/lib/slug.ts';
import { perData } from './memo.ts';
import { byLanguage, untranslated } from './translated.ts';
import type { SiteActionField, SiteAllianceDocument, SiteMember, SitePage, SiteProject, SiteData } from './data.ts';

export interface FieldWithProjects {
  field: SiteActionField;
  projects: SiteProject[];
  /** Projects of this field that exist only in the default language (for other languages). */
  untranslated: SiteProject[];
}
export interface AllianceOverview {
  about?: SitePage;
  strategy: SiteActionField[];
  regional: FieldWithProjects[];
  /** Projects whose action field is missing or not regional. */
  otherProjects: SiteProject[];
  concept?: SiteAllianceDocument;
  documents: SiteAllianceDocument[];
  projects: SiteProject[];
}

const overviews = perData((data) => {
  const result = new Map<LanguageId, AllianceOverview>();
  for (const language of new Set(data.actionFields.map((f) => f.language as LanguageId).concat(defaultLanguage))) {
    const fields = byLanguage(data.actionFields, language);
    const projects = byLanguage(data.projects, language);
    const notTranslated = untranslated(data.projects, data, language);
    const regional = fields
      .filter((f) => f.framework === 'regional')
      .map((field) => {
        const original = data.translations.get(field._id)?.[defaultLanguage];
        return {
          field,
          projects: projects.filter((p) => p.actionField?._id === field._id),
          untranslated: original ? notTranslated.filter((p) => p.actionField?._id === original) : [],
        };
      });
    const placed = new Set(regional.flatMap((r) => r.projects));
    const documents = byLanguage(data.documents, language);
    result.set(language, {
      about: data.pages.find((p) => p.kind === 'ueber-uns' && p.language === language),
      strategy: fields.filter((f) => f.framework === 'sachsen2030'),
      regional,
      otherProjects: projects.filter((p) => !placed.has(p)),
      concept: documents.find((d) => d.kind === 'handlungskonzept'),
      documents,
      projects,
    });
  }
  return result;
});

export function allianceOverview(data: SiteData, language: LanguageId): AllianceOverview {
  return overviews(data).get(language) ?? { strategy: [], regional: [], otherProjects: [], documents: [], projects: [] };
}

/** The managing member (WFE), if the dataset marks one. */
export function managingMember(data: SiteData): SiteMember | undefined {
  return data.members.find((m) => m.role === 'geschaeftsfuehrend');
}

/** Anchor of an action field on the alliance hub. */
export function fieldAnchor(field: { slug?: string | null; _id: string }): string {
  return field.slug ?? slugify(field._id);
}
