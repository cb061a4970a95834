/** /admin/config.yml: the editor's configuration, generated from the model and the content (src/lib/editor-config.ts). */
import { stringify } from 'yaml';
import { editorConfigFor } from '../../editor/config-from-content.ts';
import { contentRoot } from '../../lib/content-root.ts';

export function GET() {
  return new Response(stringify(editorConfigFor(contentRoot()), { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
}
