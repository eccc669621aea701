import { copyrightLicenses } from '../../../src/sbom/catalogers/dpkg'

const DEP5 = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n'

describe('licenses from Debian copyright files', () => {
  test('DEP-5 fields: expressions split into short names, text after License: ignored', () => {
    const text = [
      DEP5,
      'Files: *',
      'License: GPL-1+ or Artistic, and BSD-3-clause-GENERIC',
      '',
      'Files: src/zlib/*',
      'License: Zlib',
      '',
      'Files: compat/*',
      'License: Permission to use, copy, modify, and distribute this software and',
      ' its documentation for any purpose is hereby granted.',
      '',
      'License: GPL-2+ with OpenSSL exception'
    ].join('\n')
    expect(copyrightLicenses(text)).toEqual(
      expect.arrayContaining(['Zlib', 'GPL-2.0-or-later', 'GPL-1.0-or-later'])
    )
    for (const name of copyrightLicenses(text)) expect(name).not.toMatch(/\s/)
  })

  test('a free-form file with license text after License: gives only common-licenses pointers', () => {
    const text = [
      'This package was put together by a maintainer from upstream sources.',
      '',
      'License: Redistribution and use in source and binary forms, with or without',
      'modification, are permitted provided that the following conditions are met.',
      '',
      'On Debian systems the full text is in /usr/share/common-licenses/GPL-2.'
    ].join('\n')
    expect(copyrightLicenses(text)).toEqual(['GPL-2.0-only'])
  })
})
