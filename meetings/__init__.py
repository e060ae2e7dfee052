"""Ministerial meetings with their running order, and the joint declaration."""
