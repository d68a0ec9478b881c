"""The touchpoint map: scene, items, view, palette and the feature that plugs it in."""
