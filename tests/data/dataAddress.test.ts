import { describe, expect, it } from 'vitest'
import { dataAddress } from '../../src/data/dataAddress.ts'

const here = { href: 'http://127.0.0.1:4173/?data=x', hostname: '127.0.0.1' }

describe('dataAddress(?data=) (issue 17 item 16: a refusal is said, not silent)', () => {
  it('takes a folder on this host, any port', () => {
    expect(dataAddress('/big/', here, '/data/')).toEqual({ baseUrl: 'http://127.0.0.1:4173/big/', refused: null })
    expect(dataAddress('http://127.0.0.1:9000/d', here, '/data/')).toEqual({ baseUrl: 'http://127.0.0.1:9000/d/', refused: null })
    expect(dataAddress(null, here, '/data/')).toEqual({ baseUrl: '/data/', refused: null })
  })

  it.each(['https://evil.example/data/', 'javascript:alert(1)', 'file:///etc/', 'http://[::1/'])('refuses %s and says the embedded data is shown', (param) => {
    const got = dataAddress(param, here, '/data/')
    expect(got.baseUrl).toBe('/data/')
    expect(got.refused).toEqual({ file: `?data=${param}`, line: null, column: null, code: 'address_refused' })
  })
})
