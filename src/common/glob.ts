// A small glob matcher for the `articles.include` setting, matched against a document's full
// path ('/'-separated). VS Code's own matching is relative to a workspace folder, which would
// miss "**/seeds/**" when the `seeds` folder itself is the workspace; matching the full path
// treats both cases alike. Supports **, *, ?, {a,b} and [...] classes.

/** Compiles a glob to a RegExp matching a whole '/'-separated path. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of directories, including none; a trailing "**" anything.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else {
      re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  // A glob without a leading "/" or "**/" may match at any directory depth, as VS Code's does.
  const anchored = glob.startsWith('/') || glob.startsWith('**');
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${re}$`, 'i');
}

/** True when the '/'-separated path matches the glob. */
export function matchesGlob(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}

/** A broad workspace search glob covering every file the glob can match (its last segment). */
export function searchGlobFor(glob: string): string {
  const last = glob.slice(glob.lastIndexOf('/') + 1) || '*';
  return `**/${last}`;
}
