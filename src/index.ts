import { limitHeapGrowth } from './heap'
import { run } from './main'

limitHeapGrowth()
await run()
