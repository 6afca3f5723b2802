/**
 * Renders the `placeholder` decorator in the editor as a highlighted span, so
 * text the alliance still has to fill in stands out. Plain `createElement`
 * (no JSX) keeps the schema importable in Node without a JSX transform.
 */
import { createElement } from 'react';
import type { BlockDecoratorProps } from 'sanity';

const PLACEHOLDER_STYLE = {
  backgroundColor: 'var(--card-badge-caution-bg-color, #fff3c4)',
  color: 'var(--card-badge-caution-fg-color, #6b4d00)',
  borderRadius: '2px',
  outline: '1px dashed currentColor',
};

export function PlaceholderDecorator(props: BlockDecoratorProps) {
  return createElement('span', { style: PLACEHOLDER_STYLE, title: 'Platzhalter' }, props.children);
}
