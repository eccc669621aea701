// First: a Node too old for the rest fails here with one clear line.
import './runtime'
import { limitHeapGrowth } from './heap'
import { run } from './main'

limitHeapGrowth()
await run()
