/*
 * Writing direction of the content in the page and snippet editors.
 *
 * The server marks the text fields it renders with dir and lang from the content's locale
 * (core/forms.py) and with data-content-dir / data-content-lang. StreamField blocks and
 * rich text editors are drawn in the browser, without those attributes; this script reads
 * the content language from the first marked field of each form and sets dir and lang on
 * every text input, textarea and rich text editor inside it, again whenever blocks are
 * added. Addresses, numbers and dates keep their own direction.
 */
(function () {
    'use strict';

    var FIELDS = 'input[type="text"], input:not([type]), textarea, .Draftail-Editor';

    function mark(element, language) {
        if (element.getAttribute('dir') !== language.dir) {
            element.setAttribute('dir', language.dir);
        }
        if (element.getAttribute('lang') !== language.lang) {
            element.setAttribute('lang', language.lang);
        }
    }

    function apply(form, language) {
        form.querySelectorAll(FIELDS).forEach(function (element) {
            mark(element, language);
        });
    }

    function start() {
        document.querySelectorAll('form').forEach(function (form) {
            var marked = form.querySelector('[data-content-lang]');
            if (!marked) {
                return;
            }
            var language = {
                dir: marked.getAttribute('data-content-dir'),
                lang: marked.getAttribute('data-content-lang'),
            };
            apply(form, language);
            new MutationObserver(function () {
                apply(form, language);
            }).observe(form, { childList: true, subtree: true });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
