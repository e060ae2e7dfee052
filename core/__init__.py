"""The foundation every app builds on: content languages, time zones, shared StreamField
blocks and page mixins. Nothing here knows about a particular page type, and nothing here
imports a project app (the public API lives in ``api``)."""
