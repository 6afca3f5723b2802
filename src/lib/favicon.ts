/**
 * The favicon as a data: URL in every page's <link rel="icon">. Linked by path, it was a request
 * the browser makes while the page loads, with the site's full headers (2.5 kB for a 174-byte
 * file), on the slow line the first paint waits for. public/favicon.svg stays the one source and
 * is still served for tools that ask for it by name.
 */
import svg from '../../public/favicon.svg?raw';

export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
