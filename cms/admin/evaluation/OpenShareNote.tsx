import React from 'react'
import type { OpenShare } from '../../../kernel/rules/evaluation'
import styles from './evaluation.module.css'
import type { Texts } from './texts'

type Props = { share: OpenShare; target: number; t: Texts }

/** 미거래 중소기업 개방비율 against the guide's 50% target. */
export function OpenShareNote({ share, target, t }: Props) {
  const reached = share.percent != null && share.percent >= target
  return (
    <p className={styles.share}>
      <strong>{t.overall}</strong>: {t.shareText(share.count, share.total, share.percent)} — {t.target(target)}
      {share.percent != null && <span className={reached ? styles.reached : styles.notReached}>{reached ? t.reached : t.notReached}</span>}
    </p>
  )
}
