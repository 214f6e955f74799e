'use client'
import React, { useState } from 'react'
import type { NewsletterUrls } from './api'
import styles from './SendPanel.module.css'
import type { PanelTexts } from './texts'

/** Widths a reader sees the issue at: a desktop mail client's column and a phone. */
export const PREVIEW_WIDTHS = { desktop: 680, phone: 375 } as const
type Width = keyof typeof PREVIEW_WIDTHS
type Variant = 'email' | 'web'

type Props = {
  urls: NewsletterUrls
  /** Changes whenever the saved issue changes, so the frame reloads after a save. */
  savedVersion: string
  t: PanelTexts
}

/** 미리보기: the issue as rendered by the server, at desktop or phone width, e-mail or web edition. */
export function PreviewSection({ urls, savedVersion, t }: Props) {
  const [width, setWidth] = useState<Width>('desktop')
  const [variant, setVariant] = useState<Variant>('email')
  const [reloads, setReloads] = useState(0)
  const version = `${savedVersion}.${reloads}`
  const px = PREVIEW_WIDTHS[width]
  const widthLabel = width === 'desktop' ? t.desktop : t.phone

  const toggle = <V extends string>(current: V, value: V, set: (v: V) => void, text: string) => (
    <button key={value} type="button" className={styles.button} aria-pressed={current === value} onClick={() => set(value)}>
      {text}
    </button>
  )

  return (
    <section className={styles.section} aria-labelledby="newsletter-preview-heading">
      <h3 id="newsletter-preview-heading">{t.previewHeading}</h3>
      <div className={styles.row}>
        <div className={styles.group} role="group" aria-labelledby="newsletter-preview-width">
          <span id="newsletter-preview-width" className={styles.groupLabel}>{t.width}</span>
          {toggle(width, 'desktop', setWidth, `${t.desktop} (${PREVIEW_WIDTHS.desktop}px)`)}
          {toggle(width, 'phone', setWidth, `${t.phone} (${PREVIEW_WIDTHS.phone}px)`)}
        </div>
        <div className={styles.group} role="group" aria-labelledby="newsletter-preview-variant">
          <span id="newsletter-preview-variant" className={styles.groupLabel}>{t.edition}</span>
          {toggle(variant, 'email', setVariant, t.emailEdition)}
          {toggle(variant, 'web', setVariant, t.webEdition)}
        </div>
        <button type="button" className={styles.button} onClick={() => setReloads((n) => n + 1)}>
          {t.refresh}
        </button>
        <a className={styles.link} href={urls.preview(variant, 'text', version)} target="_blank" rel="noopener noreferrer">
          {t.openText}
        </a>
      </div>
      <div className={styles.frameBox}>
        <iframe
          key={version}
          className={styles.frame}
          title={t.previewTitle(widthLabel, px)}
          src={urls.preview(variant, 'html', version)}
          width={px}
          style={{ width: px, minWidth: px }}
          // Editor content is shown as mail, not run: no scripts, no forms; links open outside.
          sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          data-preview-width={width}
        />
      </div>
    </section>
  )
}
