/**
 * Reach measurement with a self-hosted Matomo, only when configured (MATOMO_URL, MATOMO_SITE_ID).
 * Cookieless (`disableCookies`), Do-Not-Track respected twice: the tracker is not even loaded when
 * the browser sends DNT or Global Privacy Control, and Matomo's own `setDoNotTrack` is on. The URL
 * sent is the page without its query string, so search terms never leave the browser.
 */
import type { SiteConfig } from './config.ts';

type MatomoConfig = NonNullable<SiteConfig['matomo']>;

/** The origin scripts and tracking requests go to (for the CSP). */
export function matomoOrigin(matomo: MatomoConfig | undefined): string | undefined {
  if (!matomo) return undefined;
  const url = new URL(matomo.url);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new Error(`MATOMO_URL must use https: ${matomo.url}`);
  }
  return url.origin;
}

/** The inline bootstrap (identical on every page, so one CSP hash covers it). */
export function matomoSnippet(matomo: MatomoConfig): string {
  const base = new URL(matomo.url).href; // normalised, ends in "/"
  const config = JSON.stringify({ url: base, siteId: String(matomo.siteId) }).replace(/</g, '\\u003c');
  return (
    `(function(c){var n=navigator,w=window;if(n.doNotTrack==='1'||w.doNotTrack==='1'||n.msDoNotTrack==='1'||n.globalPrivacyControl===true)return;` +
    `var q=w._paq=w._paq||[];q.push(['disableCookies']);q.push(['setDoNotTrack',true]);` +
    `q.push(['setCustomUrl',location.origin+location.pathname]);q.push(['setReferrerUrl',document.referrer.split('?')[0]]);` +
    `q.push(['trackPageView']);q.push(['enableLinkTracking']);q.push(['setTrackerUrl',c.url+'matomo.php']);q.push(['setSiteId',c.siteId]);` +
    `var s=document.createElement('script');s.async=true;s.src=c.url+'matomo.js';document.head.appendChild(s);})(${config});`
  );
}
