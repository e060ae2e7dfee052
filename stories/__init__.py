"""Good human rights stories, filed per member state."""
