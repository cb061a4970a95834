interface ImportMetaEnv {
  /** Set by the site integration: true during `astro build`. */
  readonly SITE_HIDE_DRAFTS: boolean;
}
