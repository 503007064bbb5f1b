/**
 * Component tests mount one panel at a time and look for its dialogs inside it; the page
 * moves them to <body> (Teleport, so they show while the panel's content is skipped off
 * screen: base.css). Here they render in place, as Vue Test Utils' stub does.
 */
import { config } from '@vue/test-utils'

config.global.stubs = { ...config.global.stubs, teleport: true }
