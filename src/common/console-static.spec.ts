import { join } from 'node:path';
import { consoleDirectory } from './console-static';

describe('consoleDirectory', () => {
  const root = join(__dirname, '..', '..');

  it('finds console/dist of the project from the sources and from a build alike', () => {
    expect(consoleDirectory(join(root, 'src', 'common'))).toBe(join(root, 'console', 'dist'));
    expect(consoleDirectory(join(root, 'dist', 'src', 'common'))).toBe(join(root, 'console', 'dist'));
  });
});
