'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'
import { charCount } from '../../../kernel/rules/programRules'
import styles from './characterCount.module.css'

type Props = { path: string; max: number }

/** Payload's id for a field's input: field-contact__phone for contact.phone. */
const inputId = (path: string) => `field-${path.replace(/\./g, '__')}`

/**
 * The live "12 / 200자" under a limited textarea (프로그램개요, 목적), counted by the server's own
 * rule (charCount: what a reader counts as one character). Over the limit it says so in words,
 * not only in colour; screen readers hear it politely, and the textarea points to it.
 */
export function CharacterCount({ path, max }: Props) {
  const { value } = useField<string>({ path })
  const { t } = useTranslation()
  const count = charCount(value ?? '')
  const over = count - max
  const id = `${inputId(path)}-count`
  const say = t as (key: string, vars?: Record<string, unknown>) => string

  useEffect(() => {
    const input = document.getElementById(inputId(path))
    if (!input) return
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    if (!described.includes(id)) input.setAttribute('aria-describedby', [...described, id].join(' '))
  }, [path, id])

  return (
    <p id={id} className={over > 0 ? `${styles.count} ${styles.over}` : styles.count} aria-live="polite" data-over={over > 0 || undefined}>
      {say('winwin:charCount', { count, max })}
      {over > 0 && <strong>{` (${say('winwin:charCountOver', { over })})`}</strong>}
    </p>
  )
}
