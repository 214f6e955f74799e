/** Whether the site is served over https (SITE_URL): that turns on HSTS, Secure cookies and upgrade-insecure-requests. */
export const isSecureSite = (siteUrl: string | undefined): boolean => /^https:\/\//i.test(siteUrl ?? '')
