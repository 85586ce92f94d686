import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readNeo4jConfig } from '../../neo4j/config.js';
import { ALL_SETTINGS, readServerConfig } from '../../server/config.js';
import { ConfigError } from '../../server/settings.js';

/** The README's settings table, as rows of trimmed cells. */
function readSettingsTable(): string[][] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('## Settings'),
    readme.indexOf('\n## ', readme.indexOf('## Settings') + 1),
  );
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('the configuration', () => {
  test("the README's settings table lists every setting, with its default and meaning, and nothing else", () => {
    const expected = Object.values(ALL_SETTINGS).map((setting) => [
      `\`${setting.env}\``,
      setting.shownDefault ?? `\`${setting.default}\``,
      setting.meaning,
    ]);
    expect(readSettingsTable()).toEqual(expected);
  });

  test('a bad value stops the start with a message naming each variable at fault', () => {
    expect(() => readServerConfig({ PORT: 'abc', LOG_LEVEL: 'loud', CORS_ORIGINS: 'example.org' })).toThrow(
      new ConfigError([
        'PORT: must be a port number from 0 to 65535, got "abc"',
        'CORS_ORIGINS: must list origins such as https://example.org (scheme, host, port; no path), got "example.org"',
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      ]),
    );
    expect(() => readNeo4jConfig({ NEO4J_BOLT_PORT: '70000' })).toThrow(
      'NEO4J_BOLT_PORT: must be a port number from 0 to 65535, got "70000"',
    );
  });

  test('development serves GraphiQL and introspection; production turns both off unless asked', () => {
    expect(readServerConfig({})).toMatchObject({ graphiql: true, introspection: true, log: { format: 'pretty' } });
    expect(readServerConfig({ NODE_ENV: 'production' })).toMatchObject({
      graphiql: false,
      introspection: false,
      log: { format: 'json' },
    });
    expect(readServerConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' })).toMatchObject({ graphiql: true });
  });

  test('listens on loopback by default, and anywhere it is told', () => {
    expect(readServerConfig({})).toMatchObject({ host: '127.0.0.1', port: 4000, corsOrigins: [] });
    expect(
      readServerConfig({ HOST: '0.0.0.0', PORT: '8080', CORS_ORIGINS: 'https://a.example, https://b.example' }),
    ).toMatchObject({ host: '0.0.0.0', port: 8080, corsOrigins: ['https://a.example', 'https://b.example'] });
  });
});
