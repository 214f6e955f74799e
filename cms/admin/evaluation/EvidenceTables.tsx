import React from 'react'
import type { ActivityPostEvidence, ApplicationEvidence, Evidence, ItemReport, ProgramEvidence, PromotionEvidence } from '../../../evaluation/types'
import styles from './evaluation.module.css'
import type { Texts } from './texts'

type Common = { adminRoute: string; t: Texts; caption: string }
const edit = (adminRoute: string, collection: string, id: string) => `${adminRoute}/collections/${collection}/${encodeURIComponent(id)}`
const only = <T extends Evidence['type']>(list: Evidence[], type: T) => list.filter((e): e is Extract<Evidence, { type: T }> => e.type === type)

function Table({ caption, head, children }: { caption: string; head: string[]; children: React.ReactNode }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

function Programs({ rows, adminRoute, t, caption }: Common & { rows: ProgramEvidence[] }) {
  return (
    <Table caption={caption} head={[t.program, t.scope, t.approvedAt]}>
      {rows.map((p) => (
        <tr key={p.id}>
          <th scope="row"><a href={edit(adminRoute, 'programs', p.id)}>{p.title}</a></th>
          <td>{p.targetScopeLabel}</td>
          <td>{p.approvedAt}</td>
        </tr>
      ))}
    </Table>
  )
}

function Applications({ rows, adminRoute, t, caption }: Common & { rows: ApplicationEvidence[] }) {
  return (
    <Table caption={caption} head={[t.application, t.program, t.applicant, t.appliedAt, t.status]}>
      {rows.map((a) => (
        <tr key={a.id}>
          <th scope="row"><a href={edit(adminRoute, 'applications', a.id)}>{t.applicationNo(a.id)}</a></th>
          <td><a href={edit(adminRoute, 'programs', a.programId)}>{a.programTitle}</a></td>
          <td>{a.applicant}</td>
          <td>{a.date}</td>
          <td>{a.statusLabel}</td>
        </tr>
      ))}
    </Table>
  )
}

function Promotions({ rows, adminRoute, t, caption }: Common & { rows: PromotionEvidence[] }) {
  return (
    <Table caption={caption} head={[t.what, t.kind, t.date, t.files, t.counted]}>
      {rows.map((p) => (
        <tr key={p.id}>
          <th scope="row"><a href={edit(adminRoute, 'promotions', p.id)}>{p.title}</a></th>
          <td>{p.kindLabel}</td>
          <td>{p.date}</td>
          <td>
            {p.files.length === 0 ? t.noFiles : (
              <ul className={styles.files}>
                {p.files.map((f) => <li key={f.url}><a href={f.url} download>{f.filename}</a></li>)}
              </ul>
            )}
          </td>
          <td>{p.counted ? t.countedYes : t.countedNo}</td>
        </tr>
      ))}
    </Table>
  )
}

function Posts({ rows, adminRoute, t, caption }: Common & { rows: ActivityPostEvidence[] }) {
  return (
    <Table caption={caption} head={[t.postTitle, t.publishedAt]}>
      {rows.map((p) => (
        <tr key={p.id}>
          <th scope="row"><a href={edit(adminRoute, 'card-news', p.id)}>{p.title}</a></th>
          <td>{p.date}</td>
        </tr>
      ))}
    </Table>
  )
}

/** One item's evidence: the records behind its count, each linked to its admin page. */
export function ItemEvidence({ item, label, adminRoute, t }: { item: ItemReport; label: string; adminRoute: string; t: Texts }) {
  const common = { adminRoute, t }
  const heading = `${label}: ${t.count(item.count)}, ${t.points(item.points)}`
  return (
    <section className={styles.item} aria-labelledby={`evaluation-item-${item.item}`}>
      <h2 id={`evaluation-item-${item.item}`}>{heading}</h2>
      {item.evidence.length === 0 && <p>{t.noEvidence}</p>}
      {only(item.evidence, 'program').length > 0 && <Programs rows={only(item.evidence, 'program')} caption={item.item === 4 ? t.openList : t.programList} {...common} />}
      {only(item.evidence, 'application').length > 0 && <Applications rows={only(item.evidence, 'application')} caption={t.applicationList} {...common} />}
      {only(item.evidence, 'promotion').length > 0 && <Promotions rows={only(item.evidence, 'promotion')} caption={t.promotions} {...common} />}
      {only(item.evidence, 'card-news').length > 0 && <Posts rows={only(item.evidence, 'card-news')} caption={t.posts} {...common} />}
    </section>
  )
}
