"""Pieces shared by every content app: StreamField blocks, time zones, page mixins and the
shared GraphQL types. Nothing here knows about a particular page type."""
