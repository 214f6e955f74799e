import type { GlobalConfig } from 'payload'
import { contentStaffOnly } from '../../kernel/access/contentStaffOnly'
import { label } from '../../collections/fields/labels'

/**
 * The public site's last build, written only by the rebuild job (overrideAccess), read on the
 * admin dashboard so a failed build is seen by the people who can fix its cause.
 */
export const SiteStatus: GlobalConfig = {
  slug: 'site-status',
  label: label('공개 사이트 빌드', 'Public site build'),
  admin: { group: label('운영', 'Operations') },
  access: { read: contentStaffOnly, update: () => false },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: label('상태', 'State'),
      defaultValue: 'never',
      options: [
        { value: 'never', label: label('빌드 전', 'Not built yet') },
        { value: 'ok', label: label('정상', 'OK') },
        { value: 'failed', label: label('실패', 'Failed') },
      ],
      admin: { readOnly: true },
    },
    { name: 'lastBuiltAt', type: 'date', label: label('마지막 성공', 'Last success'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: label('소요 시간(ms)', 'Duration (ms)'), admin: { readOnly: true } },
    { name: 'pages', type: 'number', label: label('페이지 수', 'Pages'), admin: { readOnly: true } },
    { name: 'programs', type: 'number', label: label('공개 프로그램 수', 'Public programs'), admin: { readOnly: true } },
    { name: 'lastFailedAt', type: 'date', label: label('마지막 실패', 'Last failure'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    // Written by the build job (cms/jobs/runSiteBuild.ts), not typed by people.
    { name: 'lastError', type: 'textarea', label: label('실패 사유', 'Failure'), admin: { readOnly: true }, custom: { machineWritten: true } },
    { name: 'reason', type: 'text', label: label('빌드 계기', 'Trigger'), admin: { readOnly: true }, custom: { machineWritten: true } },
  ],
}
