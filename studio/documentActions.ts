/**
 * Document actions and „new document“ options:
 * - singletons cannot be deleted, duplicated or unpublished, and never appear
 *   in „new document“ menus (they are opened from the desk);
 * - translatable types offer only the per-language templates (`story-de`, …),
 *   never the language-less default template;
 * - translatable types get the plugin's translation-aware duplicate and delete.
 */
import { useDeleteTranslationAction, useDuplicateWithTranslationsAction } from '@sanity/document-internationalization';
import type { DocumentActionComponent, DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity';

// The plugin types its `action` keys as plain strings ('duplicate', 'deleteTranslation').
const duplicateWithTranslations = useDuplicateWithTranslationsAction as DocumentActionComponent;
const deleteTranslation = useDeleteTranslationAction as DocumentActionComponent;

import { isSingletonType, isTranslatableType, singletonTypes, translatableTypes } from './schemaTypes/typeNames';

const SINGLETON_FORBIDDEN_ACTIONS = new Set(['delete', 'duplicate', 'unpublish']);

/**
 * Templates hidden from every menu: singletons, the language-less default
 * templates of translatable types and the plugin's parameterized helpers.
 */
const hiddenTemplateIds = new Set<string>([
  ...singletonTypes,
  ...translatableTypes,
  ...translatableTypes.map((type) => `${type}-parameterized`),
]);

export const resolveDocumentActions: DocumentActionsResolver = (prev, context) => {
  if (isSingletonType(context.schemaType)) {
    return prev.filter(({ action }) => !action || !SINGLETON_FORBIDDEN_ACTIONS.has(action));
  }
  if (isTranslatableType(context.schemaType)) {
    // „Duplizieren“ copies all language versions and links them; „Übersetzung löschen“
    // also removes the document from its translation metadata.
    const actions = prev.map((action) => (action.action === 'duplicate' ? duplicateWithTranslations : action));
    return [...actions, deleteTranslation];
  }
  return prev;
};

export const resolveNewDocumentOptions: NewDocumentOptionsResolver = (prev) =>
  prev.filter(({ templateId }) => !hiddenTemplateIds.has(templateId));
