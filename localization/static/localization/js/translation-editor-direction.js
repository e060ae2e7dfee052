/*
 * Right-to-left text in wagtail-localize's translation editor (upstream issue 197).
 *
 * The editor is a React app that renders every segment left to right. This script reads
 * the source and target languages from the editor's own props, looks their writing
 * direction up in the JSON the admin hook renders (#localization-language-directions),
 * and sets dir and lang on:
 *   - every textarea and text input (where translators type the target text);
 *   - each string segment's rendered translation (the block after the source text);
 *   - each string segment's source text.
 * React re-renders segments when a translator opens, saves or cancels one, so a
 * MutationObserver re-applies the attributes to new elements.
 */
(function () {
    'use strict';

    function readJSON(text) {
        try {
            return JSON.parse(text || '{}');
        } catch (error) {
            return {};
        }
    }

    function mark(element, language) {
        if (!language) {
            return;
        }
        if (element.getAttribute('dir') !== language.dir) {
            element.setAttribute('dir', language.dir);
        }
        if (element.getAttribute('lang') !== language.lang) {
            element.setAttribute('lang', language.lang);
        }
    }

    function apply(editor, source, target) {
        editor.querySelectorAll('textarea, input[type="text"]').forEach(function (field) {
            mark(field, target);
        });
        // A string segment is an <li> holding the source text (<p>) followed by the
        // translation (<div>), then the toolbar (<ul>). Synchronised values and related
        // objects have no source <p>, and keep the page's direction.
        editor.querySelectorAll('li').forEach(function (item) {
            var children = item.children;
            for (var index = 0; index < children.length - 1; index += 1) {
                if (children[index].tagName === 'P' && children[index + 1].tagName === 'DIV') {
                    mark(children[index], source);
                    mark(children[index + 1], target);
                    return;
                }
            }
        });
    }

    function init() {
        var editor = document.querySelector('.js-translation-editor');
        var config = document.getElementById('localization-language-directions');
        if (!editor || !config) {
            return;
        }
        var directions = readJSON(config.textContent);
        var props = readJSON(editor.getAttribute('data-props'));
        var source = directions[props.sourceLocale && props.sourceLocale.code];
        var target = directions[props.locale && props.locale.code];
        if (!source && !target) {
            return;
        }
        if (target) {
            editor.setAttribute('data-target-dir', target.dir);
            editor.setAttribute('data-target-lang', target.lang);
        }
        apply(editor, source, target);
        new MutationObserver(function () {
            apply(editor, source, target);
        }).observe(editor, { childList: true, subtree: true });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
