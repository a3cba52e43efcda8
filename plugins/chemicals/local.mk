# plugins/chemicals: rules for this plugin.
