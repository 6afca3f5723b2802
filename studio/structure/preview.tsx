/**
 * „Vorschau“: the document as the site renders it, from the drafts perspective, next to the form.
 * The page comes from the local preview server (`npm run preview:drafts`, 127.0.0.1:4323 unless
 * SANITY_STUDIO_PREVIEW_URL says otherwise); it reloads whenever the document changes.
 */
import { Card, Stack, Text } from '@sanity/ui';
import type { DefaultDocumentNodeResolver, UserViewComponent } from 'sanity/structure';
import { previewUrl } from '../env';

/** Types that have a page of their own on the site (site/route-map.ts). */
const ROUTED_TYPES = new Set(['story', 'welcomeGuide', 'post', 'allianceDocument', 'project', 'event', 'orientationPage', 'page']);

const PreviewView: UserViewComponent = ({ document }) => {
  const doc = document.displayed;
  const id = doc._id?.replace(/^drafts\./, '');
  if (!id || !(doc.slug as { current?: string } | undefined)?.current) {
    return (
      <Card padding={4} tone="caution">
        <Text>Die Vorschau erscheint, sobald das Dokument einen Slug hat: Bitte erzeugen Sie ihn im Feld „Slug“.</Text>
      </Card>
    );
  }
  return (
    <Stack style={{ height: '100%' }}>
      <iframe
        // A new revision (every save, also while typing) loads the page again.
        key={doc._rev}
        title="Vorschau der Seite"
        src={`${previewUrl}/__preview/${encodeURIComponent(id)}`}
        style={{ border: 0, width: '100%', height: '100%', minHeight: '80vh' }}
      />
    </Stack>
  );
};

export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) =>
  ROUTED_TYPES.has(schemaType)
    ? S.document().views([S.view.form(), S.view.component(PreviewView).id('vorschau').title('Vorschau')])
    : S.document();
