/** The site's base path and address, fixed at build time (astro.config.mjs). */
declare const __PLEITKAART_BASE__: string;
declare const __PLEITKAART_SITE__: string;
