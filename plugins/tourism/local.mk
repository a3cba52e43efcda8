# plugins/tourism: rules for this plugin.
