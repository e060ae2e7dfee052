/*
 * Runs translation-editor-direction.js against a stand-in for the translation editor's DOM.
 *
 * Usage: node editor_harness.js <script> <source code> <target code>
 * A string segment is <li><p>source</p><div><textarea/></div><ul>toolbar</ul></li>, as
 * wagtail-localize renders it; a synchronised value has no source <p>. Prints the dir and
 * lang the script set, as JSON.
 */
const fs = require('fs');
class Element {
    constructor(tagName, attrs = {}, children = []) {
        this.tagName = tagName.toUpperCase();
        this.attrs = Object.assign({}, attrs);
        this.children = children;
    }
    getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; }
    setAttribute(name, value) { this.attrs[name] = String(value); }
    get textContent() { return this.attrs.text || ''; }
    all() { return this.children.flatMap((child) => [child, ...child.all()]); }
    querySelectorAll(selector) {
        const wanted = selector.split(',').map((part) => part.trim());
        return this.all().filter((element) => wanted.some((part) => {
            if (part === 'textarea') return element.tagName === 'TEXTAREA';
            if (part === 'li') return element.tagName === 'LI';
            if (part === 'input[type="text"]') {
                return element.tagName === 'INPUT' && element.attrs.type === 'text';
            }
            return false;
        }));
    }
}
const [scriptPath, source, target] = process.argv.slice(2);
const sourceText = new Element('p');
const targetField = new Element('div', {}, [new Element('textarea')]);
const synchronised = new Element('li', {}, [new Element('div', {}, [new Element('p')])]);
const toolbar = new Element('ul');
const segment = new Element('li', {class: 'incomplete'}, [sourceText, targetField, toolbar]);
const editor = new Element('div', {
    class: 'js-translation-editor',
    'data-props': JSON.stringify({sourceLocale: {code: source}, locale: {code: target}}),
}, [
    new Element('ul', {}, [
        new Element('li', {}, [new Element('h3'), new Element('ul', {}, [segment, synchronised])]),
    ]),
]);
const directions = new Element('script', {text: JSON.stringify({
    en: {dir: 'ltr', lang: 'en'}, ar: {dir: 'rtl', lang: 'ar'}, fr: {dir: 'ltr', lang: 'fr'},
})});
global.document = {
    readyState: 'complete',
    querySelector: (selector) => (selector === '.js-translation-editor' ? editor : null),
    getElementById: (id) => (id === 'localization-language-directions' ? directions : null),
};
let observed = null;
global.MutationObserver = class {
    constructor(callback) { this.callback = callback; }
    observe(node, options) { observed = options; }
};
eval(fs.readFileSync(scriptPath, 'utf8'));
const pick = (element) => ({dir: element.getAttribute('dir'), lang: element.getAttribute('lang')});
console.log(JSON.stringify({
    source: pick(sourceText),
    target: pick(targetField),
    textarea: pick(targetField.children[0]),
    synchronised: pick(synchronised.children[0]),
    editor: pick({getAttribute: (name) => editor.getAttribute('data-target-' + name)}),
    observes: observed,
}));
