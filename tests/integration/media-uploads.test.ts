import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { as } from '../helpers/fixtures'
import { hwp, hwpx, png, zip } from '../helpers/documents'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true })

const upload = (name: string, data: Buffer, mimetype = 'application/octet-stream') =>
  suite.payload.create({ collection: 'media', data: { alt: name }, file: { data, name, mimetype, size: data.length }, ...as(suite.world.users.adminB), depth: 0 })

const count = async () => (await suite.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('program attachments and images in media are what their names say', () => {
  test('HWP and HWPX program attachments are taken, stored with the type their content shows', async () => {
    expect((await upload('공고문.hwp', hwp())).mimeType).toBe('application/x-hwp')
    expect((await upload('신청서.hwpx', hwpx())).mimeType).toBe('application/hwp+zip')
  })

  test('webp logos still go through Payload’s own image check', async () => {
    const webp = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#06c' } }).webp().toBuffer()
    expect((await upload('logo.webp', webp, 'image/webp')).mimeType).toBe('image/webp')
  })

  test.each([
    ['a zip named .gif', 'card.gif', () => Promise.resolve(zip([{ name: 'a.txt', data: 'x' }]))],
    ['a plain zip named .hwpx', 'plan.hwpx', () => Promise.resolve(zip([{ name: 'a.txt', data: 'x' }]))],
    ['a PNG named .pdf', 'poster.pdf', png],
  ])('%s is refused with a Korean message and nothing stored', async (_what, name, make) => {
    const before = await count()
    await expect(upload(name, await make())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/[가-힣]/) })
    expect(await count()).toBe(before)
  })
})
