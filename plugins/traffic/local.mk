# plugins/traffic: rules for this plugin.
