"""The journey view: phases across, channels or departments down, the experience curve."""
