// The bench's floor: what any extension with this manifest pays on a tool page — a content
// script that appends an empty <caveat-lens> shadow host, and nothing else.
export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  main() {
    const host = document.createElement('caveat-lens');
    const box = document.createElement('div');
    box.setAttribute('role', 'complementary');
    host.attachShadow({ mode: 'open' }).append(box);
    document.documentElement.append(host);
  },
});
