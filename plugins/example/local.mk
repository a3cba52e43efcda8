# plugins/example: rules for this plugin.
