/*
 * "Submit to Secretariat review" in wagtail-localize's translation editor.
 *
 * The editor (a React app) offers no workflow action. This script asks the server which
 * actions the user has on this translation (editorial/translation_review.py), adds a
 * submit button above the editor, and removes wagtail-localize's "Stop synced
 * translation" and "Convert to alias page" buttons for a country's editors (their views
 * refuse those users anyway).
 */
(function () {
    'use strict';

    // The actions address of translation 0, rendered by the admin hook.
    var ACTIONS_URL = document.currentScript.getAttribute('data-actions-url');

    function csrfToken() {
        var config = document.getElementById('wagtail-config');
        try {
            return JSON.parse(config.textContent).CSRF_TOKEN;
        } catch (error) {
            var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
            return match ? decodeURIComponent(match[1]) : '';
        }
    }

    function translationId(editor) {
        var props = JSON.parse(editor.getAttribute('data-props') || '{}');
        var url = (props.links && props.links.downloadPofile) || '';
        var match = url.match(/\/translate\/(\d+)\//);
        return match ? match[1] : null;
    }

    function hide(actions) {
        if (actions.hide.indexOf('stop-sync') !== -1) {
            document.querySelectorAll('[data-w-action-url-value*="/disable/"]').forEach(function (el) {
                el.remove();
            });
        }
        if (actions.hide.indexOf('convert-to-alias') !== -1) {
            document.querySelectorAll('a[href*="convert_to_alias"]').forEach(function (el) {
                el.remove();
            });
        }
    }

    function addBar(editor, actions) {
        var bar = document.createElement('div');
        bar.className = 'help-block help-info translation-review';
        bar.setAttribute('data-translation-review', '');
        if (actions.submitUrl) {
            var form = document.createElement('form');
            form.method = 'post';
            form.action = actions.submitUrl;
            var token = document.createElement('input');
            token.type = 'hidden';
            token.name = 'csrfmiddlewaretoken';
            token.value = csrfToken();
            var next = document.createElement('input');
            next.type = 'hidden';
            next.name = 'next';
            next.value = window.location.pathname;
            var button = document.createElement('button');
            button.type = 'submit';
            button.className = 'button';
            button.textContent = actions.submitLabel;
            form.append(token, next, button);
            bar.append(form);
        } else if (actions.inReview) {
            bar.textContent = actions.inReviewLabel;
        } else {
            return;
        }
        editor.parentNode.insertBefore(bar, editor);
    }

    function start() {
        var editor = document.querySelector('.js-translation-editor');
        var id = editor && translationId(editor);
        if (!id) {
            return;
        }
        fetch(ACTIONS_URL.replace('/0/', '/' + id + '/'), {
            credentials: 'same-origin',
            headers: { Accept: 'application/json' },
        })
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (actions) {
                if (!actions) {
                    return;
                }
                addBar(editor, actions);
                hide(actions);
                // The editor's React app renders its buttons after this script runs.
                new MutationObserver(function () {
                    hide(actions);
                }).observe(document.body, { childList: true, subtree: true });
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
